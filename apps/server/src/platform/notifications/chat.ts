import { createHmac } from 'node:crypto';
import type { ChatVendor } from '@thirdline/shared/notifications/notifications.schemas';

export interface ChatRobot {
  vendor: ChatVendor;
  webhookUrl: string;
  secret: string | null;
}

export interface ChatRequest {
  url: string;
  body: Record<string, unknown>;
}

/** DingTalk: `timestamp` (ms) and `sign` = base64(HMAC-SHA256(key = secret, "timestamp\nsecret")) in the query. */
export function dingTalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** Feishu: `timestamp` (s) and `sign` = base64(HMAC-SHA256(key = "timestamp\nsecret", empty message)) in the body. */
export function feishuSign(secret: string, timestampS: number): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

/** The request a robot expects for a plain-text message (each vendor's own JSON shape and signature). */
export function buildChatRequest(robot: ChatRobot, text: string, now: Date): ChatRequest {
  switch (robot.vendor) {
    case 'dingtalk': {
      const url = new URL(robot.webhookUrl);
      if (robot.secret) {
        const timestamp = now.getTime();
        url.searchParams.set('timestamp', String(timestamp));
        url.searchParams.set('sign', dingTalkSign(robot.secret, timestamp));
      }
      return { url: url.toString(), body: { msgtype: 'text', text: { content: text } } };
    }
    case 'wecom':
      return { url: robot.webhookUrl, body: { msgtype: 'text', text: { content: text } } };
    case 'feishu': {
      const body: Record<string, unknown> = { msg_type: 'text', content: { text } };
      if (robot.secret) {
        const timestamp = Math.floor(now.getTime() / 1000);
        Object.assign(body, { timestamp: String(timestamp), sign: feishuSign(robot.secret, timestamp) });
      }
      return { url: robot.webhookUrl, body };
    }
  }
}

/**
 * Posts the message; throws with the reason when the robot refuses it. The three vendors answer 200 with an error
 * code in the body (`errcode` for DingTalk and WeCom, `code` for Feishu) when they refuse a message.
 */
export async function postChat(robot: ChatRobot, text: string, now: Date): Promise<void> {
  const request = buildChatRequest(robot, text, now);
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(10_000),
  });
  const raw = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${raw.slice(0, 200)}`);
  let answer: { errcode?: unknown; errmsg?: unknown; code?: unknown; msg?: unknown } = {};
  try {
    answer = JSON.parse(raw) as typeof answer;
  } catch {
    // Not JSON: a 2xx is taken as accepted.
  }
  const code = answer.errcode ?? answer.code;
  if (code !== undefined && code !== 0) {
    throw new Error(
      `${robot.vendor} refused the message: ${String(code)} ${String(answer.errmsg ?? answer.msg ?? '')}`,
    );
  }
}

/** A chat message: the title in both languages (the group is the whole organisation) and the link. */
export function chatText(title: { zh: string; en: string }, link: string | null): string {
  return ['【Thirdline】' + title.zh, title.en, ...(link ? [link] : [])].join('\n');
}
