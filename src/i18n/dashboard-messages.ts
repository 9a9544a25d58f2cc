import part from './compiled/en.dashboard.json';
import { addEnglishMessages } from './messages';

// The messages of the sections the dashboard draws after its first load (the selected claim,
// what changed) come with their code: neither the first load nor a chart's embed carries them.
addEnglishMessages(part);

export { t } from './messages';
