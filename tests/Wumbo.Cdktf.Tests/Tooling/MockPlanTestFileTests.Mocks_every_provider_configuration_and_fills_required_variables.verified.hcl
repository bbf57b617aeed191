# Written by Wumbo.Testing: plan with every provider mocked, fully offline.
mock_provider "aws" {}
mock_provider "aws" {
  alias = "us_east_1"
}

variables {
  name = "mock"
  replicas = 3
  zones = []
}

run "plan" {
  command = plan
}
