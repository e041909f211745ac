import { ApiTestContext, startApiForTest, TEST_IMPORT_TOKEN } from './api-test-client';

const csv = (rows: string[]) => Buffer.from(`ปีงบประมาณ,รหัส อปท.,ชื่อหน่วยงาน,คะแนนรวม,ระดับ\n${rows.join('\n')}\n`, 'utf8');

describe('POST /api/imports and importJob', () => {
  let api: ApiTestContext;
  beforeAll(async () => {
    api = await startApiForTest();
  }, 90_000);
  afterAll(() => api?.close());

  const upload = (content: Buffer, { token = TEST_IMPORT_TOKEN as string | null, query = '' } = {}) => {
    const form = new FormData();
    form.append('file', new Blob([content]), 'ผลการประเมิน-2566.csv');
    return fetch(`${api.baseUrl}/api/imports${query}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  };

  async function waitForImport(id: string): Promise<Record<string, unknown>> {
    for (let i = 0; i < 100; i++) {
      const { data } = await api.graphql<{ importJob: Record<string, unknown> }>(
        `query($id: ID!) { importJob(id: $id) { id fileName status progress phase report analyticsStatus } }`,
        { id },
      );
      const job = data?.importJob as Record<string, unknown>;
      if (
        ['IMPORTED', 'REJECTED', 'DRY_RUN_OK', 'FAILED'].includes(job.status as string) &&
        job.analyticsStatus !== 'waiting' &&
        job.analyticsStatus !== 'active'
      )
        return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  it('answers 401 without a token and 403 with a wrong one', async () => {
    expect((await upload(csv(['2566,5451607,โพธิ์ทอง,99.50,ผ่านดีเยี่ยม']), { token: null })).status).toBe(401);
    expect((await upload(csv(['2566,5451607,โพธิ์ทอง,99.50,ผ่านดีเยี่ยม']), { token: 'wrong-token-0123456789xx' })).status).toBe(403);
  });

  it('answers 413 over the size limit', async () => {
    const big = Buffer.alloc(65 * 1024, 'a');
    expect((await upload(big)).status).toBe(413);
  });

  it('accepts a file with 202 and a job id, and importJob reports its progress and report', async () => {
    const response = await upload(csv(['2566,5451607,โพธิ์ทอง,99.50,ผ่านดีเยี่ยม', '2566,6451012,โพธิ์ทอง,88.00,ผ่าน']));
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const job = await waitForImport(jobId);
    expect(job).toMatchObject({
      id: jobId,
      fileName: 'ผลการประเมิน-2566.csv',
      status: 'IMPORTED',
      progress: 100,
      analyticsStatus: 'completed',
      report: { status: 'IMPORTED', rowsRead: 2, rowsImported: 2, rowsUnchanged: 0, rowsRejected: 0, errors: [], warnings: [] },
    });
    const { data } = await api.graphql(`{ organisation(code: "5451607") { results { fiscalYear total level provenance { file row } } } }`);
    expect(data).toEqual({
      organisation: {
        results: [{ fiscalYear: 2566, total: 99.5, level: 'ผ่านดีเยี่ยม', provenance: { file: 'ผลการประเมิน-2566.csv', row: 2 } }],
      },
    });
  });

  it('reports a rejected file with the file, row, column and reason of each error', async () => {
    const response = await upload(csv(['2566,5451607,โพธิ์ทอง,99.50,ผ่านดีเยี่ยม', '2566,9999999,ไม่มี,88.00,ผ่าน']), { query: '?dryRun=true' });
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await waitForImport(jobId);
    expect(job.status).toBe('REJECTED');
    expect((job.report as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ file: 'ผลการประเมิน-2566.csv', sheet: null, row: 3, column: 'B', code: 'ORG_NOT_FOUND' }),
    ]);
  });

  it('answers null for an unknown import', async () => {
    const { data } = await api.graphql(
      `{ a: importJob(id: "00000000-0000-0000-0000-000000000000") { id } b: importJob(id: "nope") { id } }`,
    );
    expect(data).toEqual({ a: null, b: null });
  });
});
