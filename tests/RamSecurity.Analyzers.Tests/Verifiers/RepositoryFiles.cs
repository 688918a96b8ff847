namespace RamSecurity.Analyzers.Tests.Verifiers;

/// <summary>Files of this repository that tests read: the sample, the docs, the release tracking files.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RamSecurity.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RamSecurity.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
