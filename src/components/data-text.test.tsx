import { render } from '@testing-library/react';
import { choosePageLocale } from '../i18n/messages';
import { localName, nameLang } from '../i18n/data-lang';
import { DataName } from './data-text';

const agency = { name: "South Korea's NIS", names: { uk: 'НРС Південної Кореї' } };

afterEach(async () => {
  await choosePageLocale('en');
});

describe('names of the dataset in the page language', () => {
  it('are the English names on an English page, with no language of their own', () => {
    const name = localName(agency);
    expect(name).toEqual({ text: "South Korea's NIS", lang: 'en', translated: true });
    expect(nameLang(name)).toBeUndefined();
    const { container } = render(<DataName of={agency} />);
    expect(container.textContent).toBe("South Korea's NIS");
    expect(container.children).toHaveLength(0);
  });

  it('are the translation where the dataset gives one, in the page’s own language', async () => {
    await choosePageLocale('uk');
    expect(localName(agency)).toEqual({
      text: 'НРС Південної Кореї',
      lang: 'uk',
      translated: true,
    });
    const { container } = render(<DataName of={agency} />);
    expect(container.textContent).toBe('НРС Південної Кореї');
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('fall back to English, marked for screen readers and the eye, never blank', async () => {
    await choosePageLocale('ko');
    const name = localName(agency);
    expect(name).toEqual({ text: "South Korea's NIS", lang: 'en', translated: false });
    expect(nameLang(name)).toBe('en');
    const { container } = render(<DataName of={agency} />);
    const span = container.querySelector('span')!;
    expect(span).toHaveAttribute('lang', 'en');
    expect(span).toHaveClass('untranslated');
    expect(span).toHaveAttribute('title', '번역 없음: 데이터에 이 이름은 영어로만 있습니다');
    expect(span).toHaveTextContent("South Korea's NIS");
  });
});
