import { CustomDatasetBanner, CustomDatasetFailureNotice } from '../custom-dataset';
import { useCustomDataset } from '../use-custom-dataset';

/**
 * A researcher's own dataset in an embed: loaded from ?data=, or kept from a file in this tab,
 * under its banner, or the reason it was refused. Its code loads only for such an embed.
 */
export default function EmbedCustomDataset() {
  const custom = useCustomDataset();
  return (
    <>
      <CustomDatasetBanner onBack={custom.backToPublished} />
      <CustomDatasetFailureNotice custom={custom} />
    </>
  );
}
