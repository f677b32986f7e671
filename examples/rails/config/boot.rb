# No Bundler: every gem comes from Debian's packages (ruby-rails, ruby-sqlite3, puma), which put
# them on Ruby's load path. In your app these lines are your Gemfile.
ENV["RAILS_ENV"] ||= "development"
$stdout.sync = true
