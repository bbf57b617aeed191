namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// The generated types share one namespace. Class names are reserved first (they are the API and never change),
/// then config records, then block and object records as the planner meets them (types in ordinal order,
/// breadth-first within a type). A name already taken gets the first free numeric suffix: aws_s3_bucket's
/// <c>versioning</c> block becomes <c>AwsS3BucketVersioning2</c>, because <c>AwsS3BucketVersioning</c> is the
/// aws_s3_bucket_versioning resource.
/// </summary>
internal sealed class TypeNameRegistry
{
    public const string ReferenceSuffix = "Reference";

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Takes a class name; two Terraform types with one class name are an error, not a suffix.</summary>
    public void ReserveClass(string name)
    {
        if (!_taken.Add(name))
        {
            throw new InvalidDataException($"two Terraform types map to the class name '{name}'");
        }
    }

    /// <summary>A free name near <paramref name="baseName"/>.</summary>
    public string Claim(string baseName)
    {
        var name = Naming.Unique(baseName, _taken.Contains);
        _taken.Add(name);
        return name;
    }

    /// <summary>A free record name whose reference struct name (<c>…Reference</c>) is free too; takes both.</summary>
    public string ClaimRecord(string baseName)
    {
        var name = Naming.Unique(baseName, n => _taken.Contains(n) || _taken.Contains(n + ReferenceSuffix));
        _taken.Add(name);
        _taken.Add(name + ReferenceSuffix);
        return name;
    }
}
