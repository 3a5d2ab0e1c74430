// What to check: TeamLink, legacy servers, China, the site's own domains and the proxy.
// Switches re-run at once; typed fields re-run when applied, and only once they are valid.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { StartOptions } from '../../common/ipc/contract';
import type { RunOptions } from '../../common/options';
import { APP_TEXT, EXTRA_SCREEN_TEXT } from '../../common/i18n';
import { QUALITY_SECONDS } from '../../common/run-defaults';
import { formatDomains, parseDomains, parseProxy } from '../state/options-form';
import { KeepNumbersTogether } from './keep-numbers-together';

const t = APP_TEXT.options;

export interface OptionsPanelProps {
  value: StartOptions;
  onChange: (next: StartOptions) => void;
}

type Switch = 'teamlink' | 'legacy' | 'china';

export function OptionsPanel({ value, onChange }: OptionsPanelProps) {
  const id = useId();
  const [domainsText, setDomainsText] = useState(formatDomains(value.options.customDomains));
  const [proxyText, setProxyText] = useState(value.proxy);
  const [errors, setErrors] = useState<{ domains?: string; proxy?: string }>({});
  const domainsInput = useRef<HTMLInputElement>(null);
  const proxyInput = useRef<HTMLInputElement>(null);

  const toggle = (name: Switch, checked: boolean) => {
    const options: RunOptions = { ...value.options, [name]: checked };
    onChange({ ...value, options });
  };

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const domains = parseDomains(domainsText);
    const proxy = parseProxy(proxyText);
    setErrors({
      ...(domains.ok ? {} : { domains: domains.message }),
      ...(proxy.ok ? {} : { proxy: proxy.message }),
    });
    if (!domains.ok || !proxy.ok) {
      // Take the keyboard to the first field to fix; its error is read as its description.
      (domains.ok ? proxyInput : domainsInput).current?.focus();
      return;
    }
    setDomainsText(formatDomains(domains.value));
    setProxyText(proxy.value);
    onChange({
      ...value,
      options: { ...value.options, customDomains: domains.value },
      proxy: proxy.value,
    });
  };

  /** X.1's "longer test" (issue 18): off, the run's default burst. */
  const longer = value.qualitySeconds === QUALITY_SECONDS.longer;
  const setLonger = (checked: boolean) => {
    const { qualitySeconds: _default, ...rest } = value;
    onChange(checked ? { ...rest, qualitySeconds: QUALITY_SECONDS.longer } : rest);
  };

  const field = (name: 'domains' | 'proxy') => {
    const hint = `${id}-${name}-hint`;
    const error = errors[name];
    return {
      id: `${id}-${name}`,
      'aria-invalid': error !== undefined,
      'aria-describedby': error !== undefined ? `${hint} ${id}-${name}-error` : hint,
      hintId: hint,
      errorId: `${id}-${name}-error`,
      error,
    };
  };
  const domains = field('domains');
  const proxy = field('proxy');

  const switches: { name: Switch; label: string }[] = [
    { name: 'teamlink', label: t.teamlink },
    { name: 'legacy', label: t.legacy },
    { name: 'china', label: t.china },
  ];

  return (
    <form className="panel options" onSubmit={apply} noValidate>
      <fieldset>
        <legend>{t.legend}</legend>
        {switches.map(({ name, label }) => (
          <div className="check" key={name}>
            <input
              type="checkbox"
              id={`${id}-${name}`}
              checked={value.options[name]}
              onChange={(e) => toggle(name, e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-${name}`}>
              <KeepNumbersTogether text={label} />
            </label>
          </div>
        ))}
        <div className="check">
          <input
            type="checkbox"
            id={`${id}-longer`}
            checked={longer}
            aria-describedby={`${id}-longer-hint`}
            onChange={(e) => setLonger(e.currentTarget.checked)}
          />
          <label htmlFor={`${id}-longer`}>
            <KeepNumbersTogether text={EXTRA_SCREEN_TEXT.longerTest} />
          </label>
        </div>
        <p className="hint check-hint" id={`${id}-longer-hint`}>
          {EXTRA_SCREEN_TEXT.longerTestHint}
        </p>

        <div className="field">
          <label htmlFor={domains.id}>{t.domains}</label>
          <p className="hint" id={domains.hintId}>
            {t.domainsHint}
          </p>
          <input
            type="text"
            id={domains.id}
            ref={domainsInput}
            value={domainsText}
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={domains['aria-invalid']}
            aria-describedby={domains['aria-describedby']}
            onChange={(e) => setDomainsText(e.currentTarget.value)}
          />
          {domains.error && (
            <p className="error" id={domains.errorId}>
              {domains.error}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={proxy.id}>{t.proxy}</label>
          <p className="hint" id={proxy.hintId}>
            {t.proxyHint}
          </p>
          <input
            type="text"
            id={proxy.id}
            ref={proxyInput}
            value={proxyText}
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={proxy['aria-invalid']}
            aria-describedby={proxy['aria-describedby']}
            onChange={(e) => setProxyText(e.currentTarget.value)}
          />
          {proxy.error && (
            <p className="error" id={proxy.errorId}>
              {proxy.error}
            </p>
          )}
        </div>

        <button type="submit" className="button">
          {t.apply}
        </button>
      </fieldset>
    </form>
  );
}
