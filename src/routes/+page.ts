// The story ships no framework runtime: it is prerendered, and its own script (/js/story.js) runs it.
export const csr = false;
