// The JSON API of this same server; nothing is sent anywhere else.

export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const OFFLINE = 'De controle is niet bereikbaar. Controleer uw verbinding en probeer opnieuw.';

async function call(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...options });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(OFFLINE, 'offline', 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const problem = (body && body.error) || {};
    throw new ApiError(problem.message || OFFLINE, problem.code || 'http_error', response.status);
  }
  return body;
}

export function checkText(text, profile, signal) {
  return call('/api/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, profile }),
    signal,
  });
}

export function extractFile(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return call('/api/extract', { method: 'POST', body: form });
}

export const getProfiles = () => call('/api/profiles');

// The goals of a trainer exercise for a draft (the /oefenen pages).
export function checkExercise(id, text, signal) {
  return call(`/api/exercises/${encodeURIComponent(id)}/goals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
    signal,
  });
}
