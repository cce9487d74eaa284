// Run by time-zones.test.ts in a child process with TZ set: for each case in JG_PROBE_CASES (a
// JSON array of { now, birthDays }), a fresh sandbox whose clock stands at `now` (an instant near
// midnight in Shanghai) answers what depends on the date; the answers are printed as one JSON
// line, an array in the order of the cases. The cases run one after another in this one process:
// a process's first sandbox pays for loading the code and PGlite, the next starts in a third of
// the time.
import { startSandbox } from '../../src/server.js';
import { Api, SK } from './api.js';
import { loanInput } from '../suite/loans.js';

interface ProbeCase {
  now: string;
  birthDays: string[];
}

async function probe({ now: nowIso, birthDays }: ProbeCase): Promise<Record<string, unknown>> {
  const now = new Date(nowIso);
  const sandbox = await startSandbox({ memory: true, port: 0, quiet: true, clock: () => now });
  const api = new Api(sandbox.url);
  try {
    const session = await api.post('/v1/sessions', SK, { memberId: 'm_1002' });
    const token = session.body.token as string;
    // +800 points now: a lot that expires at the end of next year in Shanghai.
    await api.post('/sandbox/members/m_1002/points', SK, { balance: 1000 });
    const entry = (await api.get('/v1/me/points/transactions?limit=1', token)).body.data[0];

    /** 201 or the error code of an application by someone born on `day` (YYYY-MM-DD). */
    const applyBornOn = async (day: string) => {
      const first17 = `330499${day.replace(/-/g, '')}022`;
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
      const idNumber = first17 + '10X98765432'[sum % 11];
      const input = loanInput();
      const res = await api.post('/v1/me/loan-applications', token, {
        ...input,
        applicant: { ...input.applicant, idNumber },
      });
      return res.status === 201 ? 201 : (res.body.error.code as string);
    };
    const loans: Record<string, number | string> = {};
    for (const day of birthDays) loans[day] = await applyBornOn(day);
    const consent = (await api.get('/v1/me/consents', token)).body.data[0];

    return {
      sessionExpiresAt: session.body.expiresAt,
      earnedAt: entry.createdAt,
      expiresAt: entry.expiresAt,
      loans,
      consentServerTime: consent?.serverTime,
    };
  } finally {
    await sandbox.close();
  }
}

const answers = [];
for (const c of JSON.parse(process.env.JG_PROBE_CASES!) as ProbeCase[])
  answers.push(await probe(c));
console.log(JSON.stringify(answers));
