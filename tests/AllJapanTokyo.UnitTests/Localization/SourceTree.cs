namespace AllJapanTokyo.UnitTests.Localization;

/// <summary>The repository's files, for tests that read the source as a translator or reviewer would.</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Web => Path.Combine(Root, "src", "AllJapanTokyo.Web");

    /// <summary>Source files under <paramref name="folder"/>, without build output.</summary>
    public static IEnumerable<string> Files(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AllJapanTokyo.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AllJapanTokyo.sln not found above " + AppContext.BaseDirectory);
    }
}
