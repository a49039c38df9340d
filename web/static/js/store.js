// The draft, the chosen profile and dismissed findings live in this browser's
// localStorage only. Storage may be switched off: then nothing is kept.

const KEYS = { draft: 'helder.concept', profile: 'helder.profiel', dismissed: 'helder.genegeerd' };

function read(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    /* storage unavailable or full: the draft simply is not kept */
  }
}

export const loadDraft = () => read(KEYS.draft) || '';
export const saveDraft = (text) => write(KEYS.draft, text || null);
export const loadProfile = () => read(KEYS.profile);
export const saveProfile = (profile) => write(KEYS.profile, profile);

export function loadDismissed() {
  try {
    return new Set(JSON.parse(read(KEYS.dismissed) || '[]'));
  } catch {
    return new Set();
  }
}

export const saveDismissed = (keys) => write(KEYS.dismissed, keys.size ? JSON.stringify([...keys]) : null);

export function clearDraft() {
  write(KEYS.draft, null);
  write(KEYS.dismissed, null);
}
