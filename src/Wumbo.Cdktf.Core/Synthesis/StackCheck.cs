using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Json;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>Reads one rendered stack, as it will be written, and reports what is wrong with it.</summary>
public delegate void StackCheck(TerraformStack stack, JsonObject stackJson, ICollection<Diagnostic> diagnostics);
