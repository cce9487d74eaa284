import { useEffect, useState } from 'react';
import { JgProvider } from '@jiagong/react/provider';
import { JgMemberCard } from '@jiagong/react/member-card';
import { JgCardBenefits } from '@jiagong/react/card-benefits';
// The language switch offers English: its texts are an import of their own (zh-CN ships alone).
import '@jiagong/elements/locales/en';

export interface AppProps {
  apiBase: string;
  publishableKey: string;
  tokenEndpoint: string;
}

export function App({ apiBase, publishableKey, tokenEndpoint }: AppProps) {
  const [lastEvent, setLastEvent] = useState('—');
  const [locale, setLocale] = useState<'zh-CN' | 'en'>('zh-CN');
  // The page's own texts switch too: screen readers and fonts follow the document's language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <JgProvider
      apiBase={apiBase}
      publishableKey={publishableKey}
      tokenEndpoint={tokenEndpoint}
      locale={locale}
    >
      <header>
        <h1>{locale === 'en' ? 'My union benefits' : '我的工会权益'}</h1>
        <label>
          {locale === 'en' ? 'Language ' : '语言 '}
          <select value={locale} onChange={(e) => setLocale(e.target.value as 'zh-CN' | 'en')}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>
        <section aria-labelledby="card">
          <h2 id="card">{locale === 'en' ? 'Member card' : '嘉工卡'}</h2>
          <JgMemberCard
            onJgCardReveal={(event) =>
              setLastEvent(`jg-card-reveal: ${event.detail.revealed ? 'shown' : 'masked'}`)
            }
            onJgCodeRefresh={(event) => setLastEvent(`jg-code-refresh: ${event.detail.expiresAt}`)}
            onJgError={(event) => setLastEvent(`jg-error: ${String(event.detail.error)}`)}
          />
        </section>
        <section aria-labelledby="benefits">
          <h2 id="benefits">{locale === 'en' ? 'Benefits' : '会员权益'}</h2>
          <JgCardBenefits
            onJgBenefitSelect={(event) => {
              const { benefit } = event.detail;
              setLastEvent(`jg-benefit-select: ${benefit.title}`);
              // Your own product opens inside your app (a bank routes 惠工贷 to its loan screen
              // here); cancel only those: any other benefit keeps its link to its own page.
              if (benefit.id === 'bn_loan') event.preventDefault();
            }}
          />
        </section>
        <section className="events" aria-live="polite">
          <h2>{locale === 'en' ? 'Last event' : '最近事件'}</h2>
          <output id="last-event">{lastEvent}</output>
        </section>
      </main>
    </JgProvider>
  );
}
