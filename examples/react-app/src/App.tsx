import { useEffect, useRef, useState } from 'react';
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
  // Your own product's screen, opened by the app itself (here a stand-in for a loan screen).
  const [ownPage, setOwnPage] = useState<string>();
  const ownHeading = useRef<HTMLHeadingElement>(null);
  // Focus moves to it (and scrolls it into view): on a phone the benefits fill the screen, and a
  // tap that opened something below the fold looked like a tap that did nothing.
  useEffect(() => {
    if (ownPage) ownHeading.current?.focus();
  }, [ownPage]);
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
        {ownPage && (
          <section className="wide" aria-labelledby="own-page">
            <h2 id="own-page" tabIndex={-1} ref={ownHeading}>
              {ownPage}
            </h2>
            <p>
              {locale === 'en'
                ? "Your own loan screen opens here: the app handled this benefit's jg-benefit-select itself (preventDefault)."
                : '贵行自己的贷款页面在这里打开：应用自己处理了这项权益的 jg-benefit-select（preventDefault）。'}
            </p>
            <button type="button" onClick={() => setOwnPage(undefined)}>
              {locale === 'en' ? 'Close' : '关闭'}
            </button>
          </section>
        )}
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
              if (benefit.id === 'bn_loan') {
                event.preventDefault();
                setOwnPage(benefit.title);
              }
            }}
          />
        </section>
        <section className="wide" aria-live="polite">
          <h2>{locale === 'en' ? 'Last event' : '最近事件'}</h2>
          <output id="last-event">{lastEvent}</output>
        </section>
      </main>
    </JgProvider>
  );
}
