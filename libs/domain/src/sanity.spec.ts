describe('jest', () => {
  it('runs TypeScript', () => {
    const value: number = 1 + 1;
    expect(value).toBe(2);
  });
});
