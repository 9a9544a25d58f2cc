import part from '../i18n/compiled/en.brief.json';
import { addEnglishMessages } from '../i18n/messages';

// The brief's English messages come with its code: a dashboard's first load carries none of them.
addEnglishMessages(part);

export { t } from '../i18n/messages';
