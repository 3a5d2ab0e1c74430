// Linux adapter: UDP sockets on the given ports with their owners, from /proc alone.
// systeminformation.networkConnections() lists no UDP on Linux, hence this reading.
// /proc/net/* shows this network namespace; the inode → pid scan covers every process
// whose /proc/[pid]/fd this user may read (all of them for root, one's own otherwise).
import { readFile, readdir, readlink } from 'node:fs/promises';
import { endianness } from 'node:os';
import type { LocalUdpSocket } from './local-udp-socket';
import { parseProcNetUdp, socketInodeOfLink } from './linux-proc-net-udp';

/** Owners are looked for until `timeoutMs` has passed; sockets found later stay unnamed. */
export async function listLinuxUdpSockets(
  ports: ReadonlySet<number>,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<LocalUdpSocket[]> {
  const deadline = performance.now() + timeoutMs;
  const littleEndian = endianness() === 'LE';
  const tables = await Promise.all(
    ([4, 6] as const).map(async (family) => {
      const text = await readFile(family === 4 ? '/proc/net/udp' : '/proc/net/udp6', 'utf8').catch(
        () => '',
      );
      return parseProcNetUdp(text, { family, littleEndian });
    }),
  );
  const rows = tables.flat().filter((row) => ports.has(row.localPort));
  const owners = await ownersOfInodes(new Set(rows.map((row) => row.inode)), signal, deadline);
  return rows.map((row) => ({
    address: row.localAddress,
    port: row.localPort,
    ...owners.get(row.inode),
  }));
}

interface Owner {
  pid: number;
  process?: string;
}

/** Scans /proc/[pid]/fd for "socket:[inode]" links, this process first, until every inode is found. */
async function ownersOfInodes(
  inodes: ReadonlySet<number>,
  signal: AbortSignal,
  deadline: number,
): Promise<Map<number, Owner>> {
  const owners = new Map<number, Owner>();
  if (inodes.size === 0) return owners;
  const others = (await readdir('/proc').catch(() => [] as string[]))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => pid !== process.pid);
  for (const pid of [process.pid, ...others]) {
    if (signal.aborted || owners.size === inodes.size || performance.now() > deadline) break;
    const found = (await socketInodesOf(pid)).filter(
      (inode) => inodes.has(inode) && !owners.has(inode),
    );
    if (found.length === 0) continue;
    const name = await readFile(`/proc/${pid}/comm`, 'utf8').then(
      (text) => text.trim(),
      () => undefined,
    );
    for (const inode of found)
      owners.set(inode, name === undefined ? { pid } : { pid, process: name });
  }
  return owners;
}

/** Socket inodes a process holds; none when it has exited or its fds are not ours to read. */
async function socketInodesOf(pid: number): Promise<number[]> {
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  const links = await Promise.all(
    fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')),
  );
  return links.map(socketInodeOfLink).filter((inode): inode is number => inode !== null);
}
