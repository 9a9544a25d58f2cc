import part from '../../i18n/compiled/en.map.json';
import { addEnglishMessages } from '../../i18n/messages';

// The panel's English messages come with its code: a chart's embed carries none of them.
addEnglishMessages(part);

export { t } from '../../i18n/messages';
