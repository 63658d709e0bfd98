Gem::Specification.new do |spec|
  spec.name = "fancy-theme"
  spec.add_runtime_dependency "jekyll-seo-tag", "~> 2.0"
  spec.add_runtime_dependency "not-whitelisted", "~> 1.0"
end
