import { NotFound, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { CsvImportFlow } from './CsvImportFlow';
import { commitImport, isImportResource, previewImport, type ImportResource } from './importApi';

/** `/import/:resource`: the CSV import of organisations or contacts. */
export const ImportPage = () => {
  const { resource } = useParams();
  return isImportResource(resource) ? <DirectoryImport resource={resource} /> : <NotFound />;
};

const DirectoryImport = ({ resource }: { resource: ImportResource }) => {
  const translate = useTranslate();
  return (
    <CsvImportFlow
      // A new resource is a new import: nothing of the other's file stays.
      key={resource}
      title={translate(`resacoop.import.title.${resource}`)}
      labels={resource}
      preview={(file, mapping) => previewImport(resource, file, mapping)}
      commit={(file, mapping) => commitImport(resource, file, mapping)}
      doneTo={`/${resource}`}
    />
  );
};
