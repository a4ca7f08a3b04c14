import { describe, expect, it } from 'vitest';
import { readPickedFiles } from '../../../src/lib/load/read-picked-files.ts';

describe('readPickedFiles', () => {
  it('reads each file\'s bytes unchanged (GBK bytes stay GBK) under its load name', async () => {
    const gbk = new Uint8Array([0xb0, 0xb8, 0xba, 0xc5, 0x0a]); // 案号\n in GBK
    const files = await readPickedFiles([
      { file: new File([gbk], 'litigation.csv'), path: '2018/litigation.csv' },
      { file: new File(['x'], 'litigation.csv'), path: '2019/litigation.csv' },
    ]);
    expect(files.map((f) => f.name)).toEqual(['2018/litigation.csv', '2019/litigation.csv']);
    expect(files[0]?.bytes).toEqual(gbk);
    expect(files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(files[0]).not.toHaveProperty('dataset');
  });
});
