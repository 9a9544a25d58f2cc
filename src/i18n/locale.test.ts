import { describe, expect, it } from 'vitest';
import { addressInLocale, localeFromPath, pickLocale } from './locale';

describe("the page's language", () => {
  it('is the address’s first, then its path’s, then the browser’s, else English', () => {
    expect(pickLocale('?lang=ko', ['uk-UA'], '/uk/')).toBe('ko');
    expect(pickLocale('?lang=xx', ['en-GB'], '/uk/embed/oil/')).toBe('uk');
    expect(pickLocale('', ['de-DE', 'uk-UA'], '/')).toBe('uk');
    expect(pickLocale('', ['de-DE'], '/v/2025-09-02/')).toBe('en');
    expect(pickLocale('', [], '/site/ko/', '/site/')).toBe('ko');
  });

  it('is named by a path only at the start, after the base', () => {
    expect(localeFromPath('/ko/embed/railcars/')).toBe('ko');
    expect(localeFromPath('/embed/uk/')).toBeNull();
    expect(localeFromPath('/en/')).toBeNull();
    expect(localeFromPath('/uk/', '/site/')).toBeNull();
    expect(localeFromPath('/v/2025-09-02/ko/embed/oil/')).toBe('ko');
    expect(localeFromPath('/v/2025-09-02/')).toBeNull();
  });
});

describe('the same page in another language', () => {
  const at = (pathname: string, search = '') => ({ pathname, search });

  it("is the language's prerendered page, every other parameter kept", () => {
    expect(addressInLocale(at('/', '?measure=injured&lang=en'), '/', 'uk')).toBe(
      '/uk/?measure=injured',
    );
    expect(addressInLocale(at('/uk/embed/oil/', '?theme=dark'), '/', 'ko')).toBe(
      '/ko/embed/oil/?theme=dark',
    );
    expect(addressInLocale(at('/site/ko/'), '/site/', 'uk')).toBe('/site/uk/');
  });

  it('is the English page with ?lang=en, so that the browser’s languages do not choose again', () => {
    expect(addressInLocale(at('/uk/embed/oil/', '?theme=dark'), '/', 'en')).toBe(
      '/embed/oil/?theme=dark&lang=en',
    );
  });

  it('stays at the release a page pins', () => {
    expect(addressInLocale(at('/v/2025-09-02/', '?claim=x'), '/', 'ko')).toBe(
      '/v/2025-09-02/ko/?claim=x',
    );
    expect(addressInLocale(at('/v/2025-09-02/uk/embed/oil/'), '/', 'en')).toBe(
      '/v/2025-09-02/embed/oil/?lang=en',
    );
  });
});
