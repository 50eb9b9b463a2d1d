/** `npm run build` step: saves the built gazetteer beside the compiled module (see gazetteer.ts). */
import { writeGazetteerSnapshot } from './gazetteer.js';

console.log(`gazetteer snapshot: ${writeGazetteerSnapshot()}`);
