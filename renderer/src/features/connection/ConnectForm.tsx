import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useActions, useAppState } from '../../app/AppContext';
import {
  FIELD_ORDER,
  initialValues,
  validate,
  withTls,
  type FieldErrors,
  type FieldName,
  type FormValues,
} from './connect-form-model';
import { isBusy, isLive } from './connection-view';
import { Field } from '../../components/Field';

/**
 * Where the chair says which server, channel and nick to use. Fields are checked with the
 * same rules as the core before anything is sent; the first wrong field takes focus.
 */
export function ConnectForm() {
  const actions = useActions();
  const last = useAppState((state) => state.settings?.lastConnection ?? null);
  const busy = useAppState(isBusy);
  const live = useAppState(isLive);
  const focusRequest = useAppState((state) => state.focusRequest);
  // Without a link to Gavel (no access, or it stopped) nothing typed here could be sent.
  const unlinked = useAppState((state) => state.link.state === 'lost');
  const [values, setValues] = useState<FormValues>(() => initialValues(last));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checked, setChecked] = useState(false);
  const refs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});

  useEffect(() => {
    if (focusRequest > 0) refs.current.server?.focus();
  }, [focusRequest]);

  // The channel whose agenda the chair prepares is the one to join, unless they typed another.
  const preparing = useAppState((state) => state.preparing);
  useEffect(() => {
    if (!preparing) return;
    setValues((v) =>
      v.channel.trim() === '' || v.channel === last?.channel ? { ...v, channel: preparing } : v,
    );
    // Only a new pick fills the field; the last connection is read once, like the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preparing]);

  // The values as last typed: two fields typed before React renders again must both count, so
  // each change builds on this rather than on the values of the last render.
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  }, [values]);

  const update = (next: FormValues) => {
    latest.current = next;
    setValues(next);
    // Once the chair has tried to connect, messages follow the typing so they vanish when fixed.
    if (checked) {
      const outcome = validate(next);
      setErrors('errors' in outcome ? outcome.errors : {});
    }
  };
  const set = (field: FieldName) => (value: string) =>
    update({ ...latest.current, [field]: value });
  const bind = (field: FieldName) => (el: HTMLInputElement | null) => {
    refs.current[field] = el;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setChecked(true);
    const outcome = validate(values);
    if ('errors' in outcome) {
      setErrors(outcome.errors);
      const first = FIELD_ORDER.find((field) => outcome.errors[field]);
      if (first) refs.current[first]?.focus();
      return;
    }
    setErrors({});
    void actions.connect(outcome.request);
  };

  return (
    <section className="connect-panel" aria-labelledby="connect-heading">
      <h2 id="connect-heading">Connection</h2>
      <form className="connect-form" onSubmit={submit} noValidate>
        <fieldset className="connect-fields" disabled={unlinked}>
          <legend className="visually-hidden">
            {unlinked ? 'Connection (unavailable: no contact with Gavel)' : 'Connection'}
          </legend>
          <Field
            id="connect-server"
            label="Server"
            className="field-server"
            value={values.server}
            error={errors.server}
            onValue={set('server')}
            inputRef={bind('server')}
            autoComplete="off"
            spellCheck={false}
            placeholder="irc.libera.chat"
          />
          <Field
            id="connect-port"
            label="Port"
            className="field-port"
            value={values.port}
            error={errors.port}
            onValue={set('port')}
            inputRef={bind('port')}
            inputMode="numeric"
            autoComplete="off"
          />
          <div className="field field-tls">
            <input
              id="connect-tls"
              type="checkbox"
              checked={values.tls}
              onChange={(event) => update(withTls(latest.current, event.target.checked))}
            />
            <label htmlFor="connect-tls">Use TLS</label>
          </div>
          <Field
            id="connect-nick"
            label="Nick"
            value={values.nick}
            error={errors.nick}
            onValue={set('nick')}
            inputRef={bind('nick')}
            autoComplete="nickname"
            spellCheck={false}
          />
          <Field
            id="connect-channel"
            label="Channel"
            value={values.channel}
            error={errors.channel}
            onValue={set('channel')}
            inputRef={bind('channel')}
            autoComplete="off"
            spellCheck={false}
            placeholder="#meeting"
          />
          <div className="form-buttons">
            {/* aria-disabled rather than disabled, so focus stays on the button while it waits. */}
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              Connect
            </button>
            {live && !busy && (
              <button type="button" onClick={actions.closeConnectionForm}>
                Cancel
              </button>
            )}
          </div>
        </fieldset>
      </form>
    </section>
  );
}
