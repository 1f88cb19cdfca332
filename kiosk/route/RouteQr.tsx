/** A QR code of a route hand-over link, with the words that say what it is for. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import './route-qr.css';

// The encoder loads on first use, as on the ticket screen: it stays out of the kiosk's first script.
const loadQr = () => import('qrcode');

export function RouteQr({ url }: { url: string }) {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadQr()
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 240 }),
      )
      .then((data) => live && setImage(data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure class="route-qr" data-url={url}>
      {image && <img src={image} alt={t('routeqr.label')} width={160} height={160} />}
      <figcaption>{t('routeqr.hint')}</figcaption>
    </figure>
  );
}
