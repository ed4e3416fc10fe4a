console.log('handoff content');
