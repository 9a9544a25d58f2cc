import part from '../i18n/compiled/en.dashboard.json';
import { addEnglishMessages } from '../i18n/messages';

// The messages of the sections the dashboard draws after its first load (the selected claim,
// what changed) come with their code: neither the first load nor a chart's embed carries them.
addEnglishMessages(part);

export { t } from '../i18n/messages';
