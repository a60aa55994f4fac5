import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { MAX_ABOUT_LINKS, type AboutMe } from '../../../src-main/contract/about-me';
import { ApiError } from '../../api/client';
import { useWrite } from '../../api/effects';
import { channelQuery } from '../../api/queries';
import { FormError } from '../../ui/FormError';

type Draft = Omit<AboutMe, 'links'> & { links: string[] };

const FIELDS = [
  { key: 'name', label: 'Name', type: 'text', autoComplete: 'name' },
  { key: 'email', label: 'E-mail', type: 'email', autoComplete: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel', autoComplete: 'tel' },
  { key: 'location', label: 'Location', type: 'text', autoComplete: 'address-level2' },
] as const;

function draftOf(about: AboutMe): Draft {
  const links = [...about.links];
  while (links.length < MAX_ABOUT_LINKS) links.push('');
  return { ...about, links };
}

/**
 * The person's name and contact details, for the headers of exported documents and JSON Resume.
 * Kept in the journal; printed only when "Include my contact details" is ticked in Export.
 */
export function AboutMeSection() {
  const query = useQuery(channelQuery('export:aboutMe', {}, ['export', 'about-me']));
  const write = useWrite();
  const [edited, setDraft] = useState<Draft | null>(null);
  // The stored details until the person types; their draft from then on.
  const draft = edited ?? (query.data ? draftOf(query.data) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<Draft>) => {
    setStatus(null);
    if (draft) setDraft({ ...draft, ...patch });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setErrors({});
    try {
      const saved = await write('export:saveAboutMe', {
        ...draft,
        links: draft.links.map((link) => link.trim()).filter((link) => link !== ''),
      });
      setDraft(draftOf(saved));
      setStatus('Saved.');
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
        setStatus('Not saved: correct the marked fields.');
      } else {
        setStatus(error instanceof Error ? error.message : 'About me could not be saved.');
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="about-heading">
      <h2 id="about-heading">About me</h2>
      <p className="settings-hint">
        Optional. Your name and how to reach you, for the top of exported documents and JSON Resume.
        Kept in your journal; nothing is sent anywhere.
      </p>
      <FormError message={query.error?.message} />
      {draft && (
        <form className="about-me" onSubmit={(event) => void save(event)} noValidate>
          {FIELDS.map((field) => (
            <div key={field.key} className="about-me-field">
              <label htmlFor={`about-${field.key}`}>{field.label}</label>
              <input
                id={`about-${field.key}`}
                type={field.type}
                value={draft[field.key]}
                autoComplete={field.autoComplete}
                maxLength={field.key === 'phone' ? 40 : 200}
                aria-invalid={errors[field.key] ? true : undefined}
                aria-describedby={errors[field.key] ? `about-${field.key}-error` : undefined}
                onChange={(event) => change({ [field.key]: event.target.value })}
              />
              {errors[field.key] && (
                <span className="field-error" id={`about-${field.key}-error`}>
                  {errors[field.key]}
                </span>
              )}
            </div>
          ))}
          {draft.links.map((link, index) => {
            const path = `links.${index}`;
            return (
              <div key={index} className="about-me-field">
                <label htmlFor={`about-link-${index}`}>Link {index + 1}</label>
                <input
                  id={`about-link-${index}`}
                  type="url"
                  value={link}
                  placeholder="https://"
                  maxLength={300}
                  aria-invalid={errors[path] ? true : undefined}
                  aria-describedby={errors[path] ? `about-link-${index}-error` : undefined}
                  onChange={(event) =>
                    change({
                      links: draft.links.map((other, i) =>
                        i === index ? event.target.value : other,
                      ),
                    })
                  }
                />
                {errors[path] && (
                  <span className="field-error" id={`about-link-${index}-error`}>
                    {errors[path]}
                  </span>
                )}
              </div>
            );
          })}
          <div className="about-me-actions">
            <button type="submit" disabled={saving}>
              Save About me
            </button>
            <span role="status">{status}</span>
          </div>
        </form>
      )}
    </section>
  );
}
