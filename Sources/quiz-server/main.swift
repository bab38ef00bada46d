import ContestCore

print("quiz-server: 服务器尚未实现 (the live server is not built yet)")
