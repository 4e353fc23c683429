import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

const TOKEN = 'metrics-token-0123456789';

describe('/metrics', () => {
  let enabled: TestApp;
  let disabled: TestApp;
  beforeAll(async () => {
    enabled = await createTestApp({ METRICS_TOKEN: TOKEN });
    disabled = await createTestApp();
  });
  afterAll(async () => {
    await enabled.close();
    await disabled.close();
  });

  it('is disabled (404 problem) without METRICS_TOKEN', async () => {
    const res = await disabled.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('needs the metrics token', async () => {
    const none = await enabled.app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('metrics_token_required');
    expect(none.headers['www-authenticate']).toContain('Bearer');
    const wrong = await enabled.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('reports process metrics and request durations by route pattern and status', async () => {
    await enabled.app.inject({ method: 'GET', url: '/healthz' });
    await enabled.app.inject({ method: 'GET', url: '/api/v1/files/0190d7a4-0000-7000-8000-000000000000' });
    await enabled.app.inject({ method: 'GET', url: '/api/v1/no-such-thing/123' });
    const res = await enabled.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('process_cpu_user_seconds_total');
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/healthz",status_code="200"\} 1/,
    );
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/files\/:id",status_code="401"\} 1/,
    );
    expect(res.body).toMatch(/route="unmatched",status_code="404"/);
    expect(res.body).not.toContain('no-such-thing');
  });
});
