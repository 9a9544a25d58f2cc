import part from '../i18n/compiled/en.method.json';
import { addEnglishMessages } from '../i18n/messages';

// The messages of the sources and method section come with it: a chart's embed carries none.
addEnglishMessages(part);

export { t } from '../i18n/messages';
