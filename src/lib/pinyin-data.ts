/**
 * Pinyin only when asked for: a reading page's readings are not in its HTML but in one file per
 * text and script (routes.documentPinyin), which the page script loads when the reader turns
 * pinyin on. The file is a classic script (it loads from file://, where fetch() is refused)
 * setting `self.duizhaoPinyin`: each segment's readings under its id.
 */
import { pinyinOf } from './annotate.ts';
import type { Script } from './script.ts';

export const PINYIN_GLOBAL = 'duizhaoPinyin';

export function pinyinData(segments: readonly { id: string; zh: string }[], script: Script): Record<string, string> {
  const data: Record<string, string> = {};
  const put = (key: string, zh: string) => {
    const py = zh === '' ? undefined : pinyinOf(zh, script);
    if (py !== undefined) data[key] = py;
  };
  for (const s of segments) put(s.id, s.zh);
  return data;
}

export function pinyinScript(segments: readonly { id: string; zh: string }[], script: Script): string {
  return `self.${PINYIN_GLOBAL}=${JSON.stringify(pinyinData(segments, script)).replaceAll('<', '\\u003c')};\n`;
}
