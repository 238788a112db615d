// A real nginx (Debian's package) running the shipped sample config, docs/nginx/mamoru.conf, as a
// test: its upstream is the given classroom processes, it listens on a loopback port (over HTTPS
// with the given certificate, or plain HTTP), runs in the foreground with its files in a temporary
// folder, and is stopped by its pid.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { stopProcess } from './stop-process';

export interface TestNginx {
  /** http(s)://HOST:PORT/ as a browser opens it. */
  url: string;
  process: ChildProcess;
  /** The config nginx runs, for a failing test to show. */
  config: string;
  stop: () => Promise<void>;
}

export interface NginxOptions {
  upstreamPorts: number[];
  port: number;
  /**
   * Keep the sample's `hash $binary_remote_addr consistent;` (sticky by address, for long-polling),
   * as shipped. `false` drops it, as docs/deploy.md says one may when every device uses WebSocket,
   * so that devices from one address spread over the upstreams (the failover test needs that).
   */
  sticky?: boolean;
  /** Serve HTTPS with this certificate and key (PEM files), as the sample does; else plain HTTP. */
  tls?: { cert: string; key: string };
  /** The host name the browser uses (its certificate's name); 127.0.0.1 by default. */
  hostName?: string;
}

/** The sample config, changed only where a test must: upstream ports, listen address, certificate. */
export function nginxSiteConfig(options: NginxOptions): string {
  let site = readFileSync(path.join(PROJECT_ROOT, 'docs/nginx/mamoru.conf'), 'utf8');
  const servers = options.upstreamPorts
    .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`)
    .join('\n');
  site = site
    .replace(/( {4}server 127\.0\.0\.1:808\d[^\n]*\n)+/, `${servers}\n`)
    // The port-80 server only redirects to HTTPS on the standard port: not part of the test.
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, '');
  if (options.sticky === false) site = site.replace(/ {4}hash \$binary_remote_addr consistent;\n/, '');
  if (options.tls) {
    site = site
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${options.port} ssl http2;`)
      .replace(/ssl_certificate {5}[^;]+;/, `ssl_certificate     ${options.tls.cert};`)
      .replace(/ssl_certificate_key [^;]+;/, `ssl_certificate_key ${options.tls.key};`);
  } else {
    site = site
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${options.port};`)
      .replace(/ {4}ssl_certificate[^\n]*\n/g, '');
  }
  if (site.includes('808') || site.includes('/etc/ssl/'))
    throw new Error(`the sample nginx config changed shape; update tests/support/nginx.ts:\n${site}`);
  return site;
}

export async function startNginx(options: NginxOptions): Promise<TestNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamoru-nginx-'));
  mkdirSync(path.join(dir, 'logs'));
  const site = nginxSiteConfig(options);
  writeFileSync(path.join(dir, 'mamoru.conf'), site);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/mamoru.conf;
}
`,
  );
  const nginx = spawn(
    'nginx',
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off; master_process off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  nginx.stderr!.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    try {
      await stopProcess(nginx, 'nginx', { output: () => output });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const scheme = options.tls ? 'https' : 'http';
  const url = `${scheme}://${options.hostName ?? '127.0.0.1'}:${options.port}/`;
  // Ready once it answers /healthz through to a classroom process.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (nginx.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited: ${output}`);
    }
    const status = await healthStatus(scheme, options.port, options.hostName ?? '127.0.0.1');
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer /healthz (last status ${status}): ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: nginx, config: site, stop };
}

async function healthStatus(scheme: string, port: number, hostName: string): Promise<number> {
  const { request } = await import(scheme === 'https' ? 'node:https' : 'node:http');
  return new Promise((resolve) => {
    const asked = request(
      {
        host: '127.0.0.1',
        port,
        path: '/healthz',
        headers: { host: `${hostName}:${port}` },
        servername: hostName,
        // The test's own self-signed certificate.
        rejectUnauthorized: false,
        timeout: 2000,
      },
      (response: import('node:http').IncomingMessage) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    asked.on('error', () => resolve(0));
    asked.on('timeout', () => asked.destroy());
    asked.end();
  });
}

/** A self-signed certificate for `hostName`, made by openssl now, in `dir`. */
export async function selfSignedCertificate(dir: string, hostName: string): Promise<{ cert: string; key: string }> {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    `/CN=${hostName}`,
    '-addext',
    `subjectAltName=DNS:${hostName}`,
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { cert, key };
}
