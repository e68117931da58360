/**
 * THIRD_PARTY_NOTICES.md (repository root), embedded in the main bundle when it is built, so
 * the About dialog lists the bundled libraries and their licences without a file to find at
 * run time (inside app.asar or not). The file itself also ships, with the licence texts, in
 * the app's resources folder (electron-builder.yml, extraResources).
 */
import notices from '../../THIRD_PARTY_NOTICES.md?raw';

export const THIRD_PARTY_NOTICES: string = notices;
