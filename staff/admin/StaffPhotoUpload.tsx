/**
 * A staff photo: choose a file, place it in the portrait frame (drag, or the position and zoom
 * sliders), record consent with its date, upload. The server crops to the box the frame shows.
 * The frame is 3:4, not square: that is the shape the seat cards and the stored photo have.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StaffMember } from '../../shared/schemas/hall';
import type { StaffAdminRow } from '../../shared/schemas/staff';
import { t } from '../../shared/i18n';
import { today, uploadPhotoForm } from './staff-admin-api';
import {
  FieldError,
  formError,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  type FormErrors,
} from './fields';

const FRAME_W = 240;
const FRAME_H = 320;
/** The server's limit (8 MB), checked here too so nobody waits for a refusal. */
const MAX_BYTES = 8 * 1024 * 1024;

type Natural = { w: number; h: number };

/** The crop box in the source's pixels for a zoom (≥1) and a position (0–1 each way). */
export function cropBox(natural: Natural, zoom: number, px: number, py: number) {
  const scale = Math.max(FRAME_W / natural.w, FRAME_H / natural.h) * zoom;
  const dispW = natural.w * scale;
  const dispH = natural.h * scale;
  const offX = (dispW - FRAME_W) * px;
  const offY = (dispH - FRAME_H) * py;
  const w = Math.min(natural.w, Math.round(FRAME_W / scale));
  const h = Math.min(natural.h, Math.round(FRAME_H / scale));
  const x = Math.max(0, Math.min(natural.w - w, Math.round(offX / scale)));
  const y = Math.max(0, Math.min(natural.h - h, Math.round(offY / scale)));
  return { scale, dispW, dispH, offX, offY, crop: { x, y, w, h } };
}

export function StaffPhotoUpload({ row }: { row: StaffAdminRow }) {
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [natural, setNatural] = useState<Natural | null>(null);
  const [zoom, setZoom] = useState(1);
  const [px, setPx] = useState(0.5);
  const [py, setPy] = useState(0.5);
  const [consent, setConsent] = useState(false);
  const [consentDate, setConsentDate] = useState(today());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const drag = useRef<{ x: number; y: number; px: number; py: number } | null>(null);
  const inputId = `photo-file-${row.id}`;

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  function choose(chosen: File | undefined) {
    setStatus(null);
    setNatural(null);
    setZoom(1);
    setPx(0.5);
    setPy(0.5);
    if (!chosen) return setFile(null);
    if (!/^image\/(jpeg|png|webp)$/.test(chosen.type)) {
      setFile(null);
      return setErrors(formError(t('error.not_an_image'), 'file'));
    }
    if (chosen.size > MAX_BYTES) {
      setFile(null);
      return setErrors(formError(t('error.photo_too_large'), 'file'));
    }
    setErrors(NO_ERRORS);
    setFile(chosen);
    setUrl(URL.createObjectURL(chosen));
  }

  const box = natural ? cropBox(natural, zoom, px, py) : null;

  function onPointerDown(e: PointerEvent) {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY, px, py };
  }
  function onPointerMove(e: PointerEvent) {
    const start = drag.current;
    if (!start || !box) return;
    const spanX = box.dispW - FRAME_W;
    const spanY = box.dispH - FRAME_H;
    const clamp = (v: number) => Math.max(0, Math.min(1, v));
    if (spanX > 0) setPx(clamp(start.px - (e.clientX - start.x) / spanX));
    if (spanY > 0) setPy(clamp(start.py - (e.clientY - start.y) / spanY));
  }

  async function upload(event: Event) {
    event.preventDefault();
    if (!file || busy) return;
    if (!consent) return setErrors(formError(t('error.consent_required'), 'consent'));
    const form = new FormData();
    form.set('file', file);
    form.set('consent', '1');
    form.set('consentDate', consentDate);
    if (box) {
      form.set('cropX', String(box.crop.x));
      form.set('cropY', String(box.crop.y));
      form.set('cropW', String(box.crop.w));
      form.set('cropH', String(box.crop.h));
    }
    setBusy(true);
    setStatus(t('staffadm.photoUploading'));
    const res = await uploadPhotoForm<{ staff: StaffMember }>(row.id, form);
    setBusy(false);
    if (!res.ok) {
      setStatus(null);
      // The old photo is untouched on the server; say so, so nobody fears it is lost.
      const refused = formErrors(res.error);
      const kept = row.photoUrl ? ` ${t('staffadm.photoKept')}` : '';
      setErrors({ ...refused, message: `${refused.message ?? ''}${kept}`.trim() });
      return;
    }
    setErrors(NO_ERRORS);
    setStatus(t('staffadm.photoSaved'));
    setFile(null);
    setConsent(false);
  }

  const current = row.photoUrl && row.photoConsentAt ? row.photoUrl : null;
  const headingId = `photo-heading-${row.id}`;
  return (
    <FormErrorsProvider value={errors}>
      <form class="staff-photo stack" aria-labelledby={headingId} onSubmit={upload}>
        <h3 id={headingId}>{t('staffadm.photo')}</h3>
        <div class="staff-photo-body">
          <figure class="staff-photo-current">
            {current ? (
              <img src={current} alt={t('staffadm.photoCurrent', { name: row.name })} />
            ) : (
              <div class="staff-photo-none">{t('staffadm.photoNone')}</div>
            )}
            <figcaption>
              {current
                ? t('staffadm.consentOn', { date: row.photoConsentAt ?? '' })
                : t('staffadm.photoNoneHint')}
            </figcaption>
          </figure>
          <div class="stack">
            <label for={inputId}>{t('staffadm.photoChoose')}</label>
            <FieldError path="file">
              {(aria) => (
                <input
                  {...aria}
                  id={inputId}
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  onChange={(e) => choose(e.currentTarget.files?.[0])}
                />
              )}
            </FieldError>
            {url && file && (
              <div class="staff-crop">
                <div
                  class="staff-crop-frame"
                  role="img"
                  aria-label={t('staffadm.cropPreview')}
                  style={{ width: `${FRAME_W}px`, height: `${FRAME_H}px` }}
                  onPointerDown={onPointerDown}
                  onPointerMove={onPointerMove}
                  onPointerUp={() => (drag.current = null)}
                >
                  <img
                    src={url}
                    alt=""
                    draggable={false}
                    onLoad={(e) =>
                      setNatural({
                        w: e.currentTarget.naturalWidth,
                        h: e.currentTarget.naturalHeight,
                      })
                    }
                    style={
                      box
                        ? {
                            width: `${box.dispW}px`,
                            height: `${box.dispH}px`,
                            left: `${-box.offX}px`,
                            top: `${-box.offY}px`,
                          }
                        : { visibility: 'hidden' }
                    }
                  />
                </div>
                <div class="stack staff-crop-controls">
                  <label>
                    {t('staffadm.cropZoom')}
                    <input
                      type="range"
                      min={100}
                      max={400}
                      step={5}
                      value={Math.round(zoom * 100)}
                      onInput={(e) => setZoom(Number(e.currentTarget.value) / 100)}
                    />
                  </label>
                  <label>
                    {t('staffadm.cropX')}
                    <input
                      type="range"
                      min={0}
                      max={100}
                      value={Math.round(px * 100)}
                      onInput={(e) => setPx(Number(e.currentTarget.value) / 100)}
                    />
                  </label>
                  <label>
                    {t('staffadm.cropY')}
                    <input
                      type="range"
                      min={0}
                      max={100}
                      value={Math.round(py * 100)}
                      onInput={(e) => setPy(Number(e.currentTarget.value) / 100)}
                    />
                  </label>
                  <small>{t('staffadm.cropHint')}</small>
                </div>
              </div>
            )}
            <label class="check">
              <FieldError path="consent">
                {(aria) => (
                  <>
                    <input
                      {...aria}
                      type="checkbox"
                      checked={consent}
                      onChange={(e) => setConsent(e.currentTarget.checked)}
                    />
                    {t('staffadm.consent')}
                  </>
                )}
              </FieldError>
            </label>
            <label>
              {t('staffadm.consentDate')}
              <FieldError path="consentDate">
                {(aria) => (
                  <input
                    {...aria}
                    type="date"
                    value={consentDate}
                    max={today()}
                    required
                    onInput={(e) => setConsentDate(e.currentTarget.value)}
                  />
                )}
              </FieldError>
            </label>
            {status && (
              <p class="staff-ok" role="status">
                {status}
              </p>
            )}
            <SaveRow label={t('staffadm.photoUpload')} disabled={!file || busy} />
          </div>
        </div>
      </form>
    </FormErrorsProvider>
  );
}
