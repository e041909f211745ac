import { SubmittedFiles } from './submitted-files';

describe('SubmittedFiles', () => {
  it('hands a held file over once', () => {
    const files = new SubmittedFiles();
    files.hold('a', Buffer.from('ปีงบประมาณ,รหัส'));
    expect(files.take('a')?.toString()).toBe('ปีงบประมาณ,รหัส');
    expect(files.take('a')).toBeUndefined();
    expect(files.take('never-held')).toBeUndefined();
  });
});
