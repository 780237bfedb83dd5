import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { PlanIdentity } from '../../../ingest/plan-document/plan-identity.ts';

/** A province the user can pick. */
export interface ProvinceChoice {
  readonly code: string;
  readonly name: string;
}

interface IdentityFormProps {
  readonly identity: PlanIdentity;
  readonly provinces: readonly ProvinceChoice[];
  readonly onChange: (identity: PlanIdentity) => void;
}

/** The plan's identity as read from its header, each field for the user to confirm or correct. */
export function IdentityForm({ identity, provinces, onChange }: IdentityFormProps): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<PlanIdentity>): void => onChange({ ...identity, ...patch });
  return (
    <fieldset className="plan-identity" data-testid="plan-identity">
      <legend>{t('planDocument.identity')}</legend>
      <label className="plan-field" htmlFor={`${id}-plan`}>
        <span>{t('planDocument.field.plan')}</span>
        <input
          id={`${id}-plan`}
          className="plan-input"
          value={identity.plan}
          onChange={(event) => set({ plan: event.target.value })}
        />
      </label>
      <label className="plan-field" htmlFor={`${id}-date`}>
        <span>{t('planDocument.field.issuedOn')}</span>
        <input
          id={`${id}-date`}
          className="plan-input"
          type="date"
          value={identity.issuedOn}
          onChange={(event) => set({ issuedOn: event.target.value })}
        />
      </label>
      <label className="plan-field" htmlFor={`${id}-province`}>
        <span>{t('planDocument.field.province')}</span>
        <select
          id={`${id}-province`}
          className="select"
          value={identity.provinceCode}
          onChange={(event) => set({ provinceCode: event.target.value })}
        >
          <option value="">{t('planDocument.chooseProvince')}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </label>
      <label className="plan-field" htmlFor={`${id}-year`}>
        <span>{t('planDocument.field.targetYear')}</span>
        <input
          id={`${id}-year`}
          className="plan-input"
          inputMode="numeric"
          value={identity.targetYear === null ? '' : String(identity.targetYear)}
          onChange={(event) => {
            const year = Number.parseInt(event.target.value, 10);
            set({ targetYear: Number.isNaN(year) ? null : year });
          }}
        />
      </label>
      <label className="plan-field plan-field-wide" htmlFor={`${id}-issuer`}>
        <span>{t('planDocument.field.issuer')}</span>
        <input
          id={`${id}-issuer`}
          className="plan-input"
          value={identity.issuer || identity.place}
          onChange={(event) => set({ issuer: event.target.value })}
        />
      </label>
      <label className="plan-field plan-field-wide" htmlFor={`${id}-title`}>
        <span>{t('planDocument.field.title')}</span>
        <input
          id={`${id}-title`}
          className="plan-input"
          value={identity.titleVi}
          onChange={(event) => set({ titleVi: event.target.value })}
        />
      </label>
    </fieldset>
  );
}
