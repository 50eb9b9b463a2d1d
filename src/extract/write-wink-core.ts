/** `npm run build` step: saves the compact wink core model beside the compiled loader (see wink-model.ts). */
import { writeWinkCore } from './wink-model.js';

console.log(`wink core model: ${writeWinkCore()}`);
