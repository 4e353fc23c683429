import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_MESSAGES_ZH, localiseFieldMessage } from './field-messages';

const ROOT = path.resolve(__dirname, '../../../..');
const SOURCES = ['apps/server/src', 'packages/shared/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Sentences our code hands to users as field messages: `message: 'Must …'` and zod's `.refine(…, 'Must …')`. */
function fieldMessagesInSource(): Set<string> {
  const found = new Set<string>();
  const patterns = [/message: '([A-Z][^']*\.)'/g, /, '([A-Z][^']*\.)'\)/g];
  for (const dir of SOURCES) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(m[1] as string);
    }
  }
  return found;
}

describe('field messages in Chinese', () => {
  it('has a Chinese text for every field message the code writes', () => {
    const inSource = fieldMessagesInSource();
    expect(inSource.size).toBeGreaterThan(20);
    const missing = [...inSource].filter((m) => FIELD_MESSAGES_ZH[m] === undefined);
    expect(missing).toEqual([]);
  });

  it('answers zh-CN in Chinese and everybody else in English', () => {
    expect(localiseFieldMessage('Must not be in the future.', 'zh-CN')).toBe('不能晚于当前时间。');
    expect(localiseFieldMessage('Must not be in the future.', 'en-US')).toBe('Must not be in the future.');
    expect(localiseFieldMessage('Something new.', 'zh-CN')).toBe('Something new.');
  });
});
