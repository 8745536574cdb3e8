/**
 * What this browser can do with recordings, asked before any recording code loads: a page shows
 * its record button from these alone and loads the recorder itself on the first press.
 */

/** True when this browser can keep recordings at all. */
export const recordingsSupported = () => typeof indexedDB !== 'undefined';

/** True when this browser can record from a microphone. */
export const canRecord = () => typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
