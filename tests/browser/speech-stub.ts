/**
 * A speechSynthesis that logs each line to `window.__spoken` instead of speaking, with a Korean
 * voice as a browser with one has (so lines go to it, not to the server's engine). Install with
 * `page.addInitScript(logSpeech)`: the function runs in the page, so it must stay self-contained.
 */
export function logSpeech(): void {
  const spoken: { text: string; lang: string; volume: number }[] = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  const mark = (text: string) => () => void spoken.push({ text, lang: '', volume: 0 });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (u: SpeechSynthesisUtterance) =>
        spoken.push({ text: u.text, lang: u.lang, volume: u.volume }),
      cancel: mark('<cancel>'),
      pause: mark('<pause>'),
      resume: mark('<resume>'),
      getVoices: () => [{ lang: 'ko-KR', name: '한국어', localService: true, default: true }],
    },
  });
  // An utterance that takes the stub's plain voice object (the real one accepts only its own).
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      lang = '';
      volume = 1;
      voice: unknown = null;
      constructor(public text: string) {}
    },
  });
}
