// The cdktf TypeScript peer of our app, for bench/run: cdktf 0.21.0 (the archived upstream) synthesizes the
// same three stacks our app writes. It replays a cdktf.out folder our app wrote (WUMBO_PEER_INPUT): every
// resource, data source, output, provider and backend becomes a construct at the same construct path, with
// the same arguments, and cdktf's own App.synth() writes them. So both sides do the same work (build the
// construct tree, resolve, allocate logical IDs, write the JSON), minus our model loading and validation.
// Generic classes stand in for @cdktf/provider-aws, whose per-type classes only map arguments onto the same
// synthesizeAttributes() call (importing its root index alone costs 1.5 s, CONTRACT §9; we do not count it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Construct } from "constructs";
import {
  App,
  CloudBackend,
  NamedCloudWorkspace,
  TerraformDataSource,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
} from "cdktf";

type Block = Record<string, unknown>;

const metadata = { providerName: "aws", providerVersion: "5.100.0" };

class Provider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly config: Block) {
    super(scope, id, { terraformResourceType: "aws", terraformGeneratorMetadata: metadata, terraformProviderSource: "hashicorp/aws" });
  }
  protected synthesizeAttributes(): Block {
    return this.config;
  }
}

class Resource extends TerraformResource {
  constructor(scope: Construct, id: string, type: string, private readonly config: Block) {
    super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: metadata });
  }
  protected synthesizeAttributes(): Block {
    return this.config;
  }
}

class DataSource extends TerraformDataSource {
  constructor(scope: Construct, id: string, type: string, private readonly config: Block) {
    super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: metadata });
  }
  protected synthesizeAttributes(): Block {
    return this.config;
  }
}

/** The construct at `path` below the stack ("stack/compute/alb" → compute, then alb's scope), made on first use. */
function scopeOf(stack: TerraformStack, path: string): [Construct, string] {
  const parts = path.split("/").slice(1);
  let scope: Construct = stack;
  for (const part of parts.slice(0, -1)) {
    scope = (scope.node.tryFindChild(part) as Construct | undefined) ?? new Construct(scope, part);
  }
  return [scope, parts[parts.length - 1]];
}

function withoutMetadata(block: Block): [string, Block] {
  const { "//": meta, ...rest } = block;
  return [((meta as Block).metadata as Block).path as string, rest];
}

const input = process.env.WUMBO_PEER_INPUT;
if (!input) throw new Error("set WUMBO_PEER_INPUT to a cdktf.out folder our app wrote");
const manifest = JSON.parse(readFileSync(join(input, "manifest.json"), "utf8"));
const app = new App();
for (const name of Object.keys(manifest.stacks)) {
  const json = JSON.parse(readFileSync(join(input, manifest.stacks[name].synthesizedStackPath), "utf8"));
  const stack = new TerraformStack(app, name);
  const cloud = json.terraform.cloud;
  if (cloud) new CloudBackend(stack, { organization: cloud.organization, workspaces: new NamedCloudWorkspace(cloud.workspaces.name) });
  for (const [type, configs] of Object.entries<Block[]>(json.provider ?? {})) {
    for (const config of configs) new Provider(stack, config.alias ? `${type}-${config.alias}` : type, config);
  }
  for (const [kind, make] of [
    ["resource", (s: Construct, id: string, t: string, c: Block) => new Resource(s, id, t, c)],
    ["data", (s: Construct, id: string, t: string, c: Block) => new DataSource(s, id, t, c)],
  ] as const) {
    for (const [type, byId] of Object.entries<Record<string, Block>>(json[kind] ?? {})) {
      for (const block of Object.values(byId)) {
        const [path, config] = withoutMetadata(block);
        const [scope, id] = scopeOf(stack, path);
        make(scope, id, type, config);
      }
    }
  }
  // Outputs carry no construct path; ours are declared on the stack under their own names.
  for (const [id, config] of Object.entries<Block>(json.output ?? {})) {
    new TerraformOutput(stack, id, { value: config.value, description: config.description as string | undefined, sensitive: config.sensitive as boolean | undefined });
  }
}
app.synth();
