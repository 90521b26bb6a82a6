using System.Reflection;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>The seed tables embedded in this assembly (copied from the project's source report; see Seed/Data/README.md).</summary>
public static class SeedFiles
{
    public static string Read(string fileName)
    {
        var assembly = typeof(SeedFiles).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("Seed." + fileName)
            ?? throw new FileNotFoundException($"Embedded seed file '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static CsvTable Table(string fileName) => CsvTable.Parse(Read(fileName));
}
