using Wumbo.Cdktf.Hosting;

// The host: the one place that reads the console and the process environment (BannedSymbols.txt).
#pragma warning disable RS0030
return SynthCommand.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
#pragma warning restore RS0030
