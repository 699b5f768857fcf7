from briefing.launch import main

main()
