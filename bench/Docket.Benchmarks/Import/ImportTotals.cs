using Docket.Store.Import;

namespace Docket.Benchmarks.Import;

/// <summary>What importing many files did, with the first few errors kept to show.</summary>
internal sealed class ImportTotals
{
    private readonly List<string> _errors = [];

    public int Files { get; private set; }

    public int Failed { get; private set; }

    public long Meetings { get; private set; }

    public long Decisions { get; private set; }

    public long Actions { get; private set; }

    public IReadOnlyList<string> FirstErrors => _errors;

    public void Add(FileImport file)
    {
        Files++;
        if (file.Status == ImportStatus.Failed)
        {
            Failed++;
            if (_errors.Count < 5)
            {
                _errors.Add(file.ErrorText ?? file.Path);
            }
        }

        Meetings += file.Meetings;
        Decisions += file.Decisions;
        Actions += file.Actions;
    }
}
