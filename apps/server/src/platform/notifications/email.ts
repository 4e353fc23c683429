import nodemailer from 'nodemailer';
import type { OutboxPayload } from './outbox.repository';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

/** An SMTP mailer from `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`); short time-outs, no pooling. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  // nodemailer's URL form takes no time-outs: set them on the parsed options.
  Object.assign(transport.options, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

const TEXTS = {
  'zh-CN': {
    subject: (title: string) => `【Thirdline】${title}`,
    greeting: (name: string) => `${name}，您好：`,
    open: '查看详情',
    footer: '这封邮件由 Thirdline 自动发送。在“通知偏好”中可以选择哪些通知通过邮件发送。',
  },
  'en-US': {
    subject: (title: string) => `[Thirdline] ${title}`,
    greeting: (name: string) => `Hello ${name},`,
    open: 'Open it',
    footer:
      'Thirdline sent this e-mail automatically. Choose which notifications come by e-mail under "Notification preferences".',
  },
} as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Absolute link to the record: the public URL when configured, else the path as it is. */
export function absoluteLink(link: string | null, publicUrl: string | undefined): string | null {
  if (!link) return null;
  if (/^https?:\/\//.test(link) || !publicUrl) return link;
  return `${publicUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/** The e-mail for a notification in the recipient's language (zh-CN unless they chose en-US). */
export function renderEmail(
  payload: OutboxPayload,
  recipient: { displayName: string; email: string; locale: string },
  publicUrl: string | undefined,
): EmailMessage {
  const locale = recipient.locale === 'en-US' ? 'en-US' : 'zh-CN';
  const t = TEXTS[locale];
  const title = locale === 'en-US' ? payload.title.en : payload.title.zh;
  const link = absoluteLink(payload.link, publicUrl);
  const text = [
    t.greeting(recipient.displayName),
    '',
    title,
    ...(link ? ['', `${t.open}: ${link}`] : []),
    '',
    t.footer,
  ];
  const html = [
    `<p>${escapeHtml(t.greeting(recipient.displayName))}</p>`,
    `<p><strong>${escapeHtml(title)}</strong></p>`,
    link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t.open)}</a></p>` : '',
    `<p style="color:#888;font-size:12px">${escapeHtml(t.footer)}</p>`,
  ].join('\n');
  return { to: recipient.email, subject: t.subject(title), text: text.join('\n'), html };
}
