using Wumbo.Cdktf.Generator;
using Wumbo.Cdktf.Generator.Emit;
using Wumbo.Cdktf.Generator.Subset;

// subset:   the full `terraform providers schema -json` on stdin, the checked-in subset on stdout.
// generate: one C# file per provider, resource and data source of a subset; other *.cs files in --out are deleted.
const string Usage = """
    usage: Wumbo.Cdktf.Generator subset --types <types.txt> < full-schema.json > subset.json
           Wumbo.Cdktf.Generator generate --schema <subset.json> --out <directory>
    """;

try
{
    switch (args)
    {
        case ["subset", "--types", var typesFile]:
            var types = TypeList.Parse(File.ReadAllText(typesFile));
            using (var stdout = Console.OpenStandardOutput())
            {
                stdout.Write(System.Text.Encoding.UTF8.GetBytes(SchemaSubset.Extract(Console.In.ReadToEnd(), types)));
            }

            return 0;
        case ["generate", "--schema", var schemaFile, "--out", var outDirectory]:
            var files = CSharpEmitter.Emit(SchemaFile.Load(schemaFile), Path.GetFileName(schemaFile));
            Directory.CreateDirectory(outDirectory);
            foreach (var stale in Directory.GetFiles(outDirectory, "*.cs").Where(path => !files.Any(f => f.Name == Path.GetFileName(path))))
            {
                File.Delete(stale);
            }

            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(outDirectory, file.Name), file.Text);
            }

            Console.Error.WriteLine($"generated {files.Length} files in {outDirectory}");
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is IOException or InvalidDataException or FormatException or System.Text.Json.JsonException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
