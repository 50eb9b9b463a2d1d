/** `npm run build` step: saves an empty embedded database beside the compiled store (see template.ts). */
import { writeStoreTemplate } from './template.js';

console.log(`store template: ${await writeStoreTemplate()}`);
